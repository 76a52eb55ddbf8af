package org.casebridge.bench;

import java.security.SecureRandom;
import java.util.Locale;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * How fast one core of this machine is right now, in the unit the platform spends most of its CPU on: Ed25519
 * signatures over a 2 KB event. The same code measured 20,000 signs/s on one day and 10,800 on another, so
 * throughput figures of different sittings compare only next to this line.
 */
public final class CoreSpeed {

    private static final int PAYLOAD_BYTES = 2048;
    private static final long WARM_UP_NANOS = 1_000_000_000L;
    private static final long MEASURE_NANOS = 1_000_000_000L;

    private CoreSpeed() {
    }

    public static void main(String[] args) {
        System.out.println(line());
    }

    /** One line: signs and verifies per second on one thread, each measured for a second after a warm-up. */
    public static String line() {
        SecureRandom random = new SecureRandom();
        Ed25519PrivateKeyParameters key = new Ed25519PrivateKeyParameters(random);
        Ed25519PublicKeyParameters publicKey = key.generatePublicKey();
        byte[] payload = new byte[PAYLOAD_BYTES];
        random.nextBytes(payload);
        byte[] signature = new byte[Ed25519PrivateKeyParameters.SIGNATURE_SIZE];
        key.sign(Ed25519.Algorithm.Ed25519, null, payload, 0, payload.length, signature, 0);

        Runnable sign = () -> key.sign(Ed25519.Algorithm.Ed25519, null, payload, 0, payload.length, signature, 0);
        Runnable verify = () -> {
            if (!publicKey.verify(Ed25519.Algorithm.Ed25519, null, payload, 0, payload.length, signature, 0)) {
                throw new IllegalStateException("a signature made here did not verify");
            }
        };
        rate(sign, WARM_UP_NANOS);
        rate(verify, WARM_UP_NANOS);
        return String.format(Locale.ROOT, "this machine now, one thread: %,.0f Ed25519 signs/s, %,.0f verifies/s "
                + "(2 KB payload)", rate(sign, MEASURE_NANOS), rate(verify, MEASURE_NANOS));
    }

    private static double rate(Runnable operation, long nanos) {
        long start = System.nanoTime();
        long count = 0;
        long elapsed;
        do {
            operation.run();
            count++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < nanos);
        return count * 1e9 / elapsed;
    }
}
