package org.casebridge.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The errors Tomcat answers itself, before any servlet or filter runs (a header with a control character, a
 * request line or headers too large), as problem+json instead of Tomcat's HTML page. Replaces the host's error
 * report valve; errors that reach Spring are answered by {@link ProblemExceptionHandler} as before.
 */
final class ContainerErrorValve extends ErrorReportValve {

    /** Puts this valve in place of every error report valve of the host. */
    static void install(Host host) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof ContainerErrorValve)) {
                host.getPipeline().removeValve(valve);
            }
        }
        if (host instanceof StandardHost standard) {
            // Else the host adds Tomcat's default valve again when it starts.
            standard.setErrorReportValveClass(ContainerErrorValve.class.getName());
        }
        host.getPipeline().addValve(new ContainerErrorValve());
    }

    @Override
    protected void report(Request request, Response response, Throwable thrown) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String type = Problems.TYPE_BASE + (status < 500 ? Problems.MALFORMED_REQUEST : Problems.INTERNAL_ERROR);
        String detail = status < 500
                ? "The server could not read the request: its request line or headers are malformed or too large"
                : "The server could not answer the request";
        String body = "{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("utf-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // The connection is gone or the response was committed meanwhile: nothing more can be said.
        }
    }
}
