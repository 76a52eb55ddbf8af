package org.casebridge.platform.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with a 400 problem, a query that is not well-formed and a JSON body that is not well-formed UTF-8.
 * <ul>
 *   <li>Every percent-escape is two hex digits, and what the escapes spell is UTF-8: an overlong form such as
 *   {@code C0 AF} for {@code /} is a known way around filters, and Tomcat gave up on such a parameter with an
 *   exception that surfaced as a 500.</li>
 *   <li>A parameter's value has no control character and no leading or trailing white space: Spring trims before it
 *   converts, so {@code status=%00} was no status at all and {@code size=%2010} was 10 (coercion, as a JSON
 *   body may not do either). An empty value still means an absent parameter.</li>
 * </ul>
 * The body is read once here, within the size limit the filter before this one enforces, and handed on as read.
 */
final class WellFormedRequestFilter extends OncePerRequestFilter {

    private final ProblemResponseWriter writer;

    WellFormedRequestFilter(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        ProblemDetail badQuery = query == null ? null : queryProblem(query);
        if (badQuery != null) {
            writer.write(response, badQuery);
            return;
        }
        String type = request.getContentType();
        if (type == null || !(type.startsWith("application/json") || type.contains("+json"))) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (PayloadTooLargeException e) {
            writer.write(response, RequestSizeLimitFilter.problem(e.limit()));
            return;
        }
        if (!wellFormed(body)) {
            writer.write(response, Problems.of(HttpStatus.BAD_REQUEST, Problems.MALFORMED_REQUEST,
                    "The request body is not well-formed UTF-8"));
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    private static boolean wellFormed(byte[] bytes) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            strict.decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Null for a well-formed query; else the problem, naming the parameter when one is at fault. */
    static ProblemDetail queryProblem(String query) {
        for (String parameter : query.split("&", -1)) {
            int equals = parameter.indexOf('=');
            String name = decoded(equals < 0 ? parameter : parameter.substring(0, equals));
            String value = equals < 0 ? "" : decoded(parameter.substring(equals + 1));
            if (name == null || value == null) {
                return malformedQuery(null, "a percent-escape that is not two hex digits, or bytes that are not UTF-8");
            }
            if (!value.isEmpty() && (!value.equals(value.strip()) || value.chars().anyMatch(Character::isISOControl))) {
                return malformedQuery(name, "the value of '" + name + "' has a control character or leading or"
                        + " trailing white space");
            }
        }
        return null;
    }

    private static ProblemDetail malformedQuery(String parameter, String what) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, Problems.MALFORMED_REQUEST,
                "The query string is not well-formed: " + what);
        if (parameter != null) {
            problem.setProperty("field", parameter);
        }
        return problem;
    }

    /** What a query's escapes stand for ({@code +} is a space); null when an escape is malformed or not UTF-8. */
    private static String decoded(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                int high = i + 1 < encoded.length() ? hexDigit(encoded.charAt(i + 1)) : -1;
                int low = i + 2 < encoded.length() ? hexDigit(encoded.charAt(i + 2)) : -1;
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else {
                // Tomcat hands the request line's bytes on as ISO-8859-1 characters: one byte each.
                bytes.write(c == '+' ? ' ' : c & 0xFF);
            }
        }
        byte[] raw = bytes.toByteArray();
        return wellFormed(raw) ? new String(raw, StandardCharsets.UTF_8) : null;
    }

    /** An ASCII hex digit's value; -1 for anything else (Character.digit takes other scripts' digits too). */
    private static int hexDigit(char c) {
        return c < 0x80 ? Character.digit(c, 16) : -1;
    }

    /** The request with its body already read. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
