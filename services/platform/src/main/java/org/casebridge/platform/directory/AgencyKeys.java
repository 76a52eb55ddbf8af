package org.casebridge.platform.directory;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.file.attribute.PosixFilePermission.OWNER_READ;
import static java.nio.file.attribute.PosixFilePermission.OWNER_WRITE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

/**
 * Ed25519 key files of agency units for local runs: {@code <TYPE>_<code>.key} (private, owner-only) and
 * {@code <TYPE>_<code>.pub}, each holding base64 of the raw 32 bytes. In production the public keys are inline
 * in the directory and each service holds only its own private keys; private keys never enter the repository.
 */
public final class AgencyKeys {

    private static final String PRIVATE_SUFFIX = ".key";
    private static final String PUBLIC_SUFFIX = ".pub";
    private static final FileAttribute<?> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(EnumSet.of(OWNER_READ, OWNER_WRITE));
    private static final SecureRandom RANDOM = new SecureRandom();

    private AgencyKeys() {
    }

    /**
     * Gives every unit of the directory a key pair in {@code keysDir}. Existing private keys are kept (their
     * public key file is rewritten from them), so running it again changes nothing.
     *
     * @return the ids of the units that got a new key pair
     */
    public static List<String> generateMissing(AgencyDirectory directory, Path keysDir) {
        List<String> generated = new ArrayList<>();
        try {
            Files.createDirectories(keysDir);
            for (AgencyUnit unit : directory.units()) {
                Path privateFile = file(keysDir, unit.id(), PRIVATE_SUFFIX);
                Ed25519PrivateKeyParameters privateKey;
                if (Files.exists(privateFile)) {
                    privateKey = readPrivateKey(keysDir, unit.id());
                } else {
                    privateKey = new Ed25519PrivateKeyParameters(RANDOM);
                    writeOwnerOnly(privateFile, privateKey.getEncoded());
                    generated.add(unit.id());
                }
                Files.writeString(file(keysDir, unit.id(), PUBLIC_SUFFIX),
                        KeyCodec.encode(privateKey.generatePublicKey().getEncoded()) + "\n", US_ASCII);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write agency keys into " + keysDir, e);
        }
        return generated;
    }

    /** Whether {@code keysDir} holds the unit's private key file. */
    public static boolean hasPrivateKey(Path keysDir, String unitId) {
        return Files.isRegularFile(file(keysDir, unitId, PRIVATE_SUFFIX));
    }

    /** The private key of a unit from {@code keysDir}; an {@link AgencyDirectoryException} if missing or bad. */
    public static Ed25519PrivateKeyParameters readPrivateKey(Path keysDir, String unitId) {
        Path file = file(keysDir, unitId, PRIVATE_SUFFIX);
        if (!Files.isRegularFile(file)) {
            throw new AgencyDirectoryException("no private key for " + unitId + ": " + file + " does not exist");
        }
        return KeyCodec.privateKey(readKeyFile(file), "private key file " + file);
    }

    static Optional<Ed25519PublicKeyParameters> readPublicKey(Path keysDir, String unitId) {
        Path file = file(keysDir, unitId, PUBLIC_SUFFIX);
        return Files.isRegularFile(file)
                ? Optional.of(KeyCodec.publicKey(readKeyFile(file), "public key file " + file))
                : Optional.empty();
    }

    private static Path file(Path keysDir, String unitId, String suffix) {
        return keysDir.resolve(unitId.replace(':', '_') + suffix);
    }

    private static String readKeyFile(Path file) {
        try {
            return Files.readString(file, US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read key file " + file, e);
        }
    }

    /**
     * Created with its permissions, so the key is never readable by others, not even for a moment; a file
     * system without POSIX permissions fails here rather than leaving the key open.
     */
    /** Writes a new key file readable by its owner only: base64 of the raw bytes. */
    static void writeOwnerOnly(Path file, byte[] key) throws IOException {
        Files.createFile(file, OWNER_ONLY);
        Files.writeString(file, KeyCodec.encode(key) + "\n", US_ASCII);
    }
}
