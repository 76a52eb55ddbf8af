package org.casebridge.platform.directory;

import static java.nio.file.attribute.PosixFilePermission.OWNER_READ;
import static java.nio.file.attribute.PosixFilePermission.OWNER_WRITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgencyKeysTest {

    private static final AgencyDirectory BAOTOU = DirectoryYaml.read(DirectoryYaml.BAOTOU_DIVISIONS + """
            units:
              - {id: "POLICE:150203", name: 包头市公安局昆都仑区分局, jurisdiction: ["150203"]}
              - {id: "FORESTRY:150200", name: 包头市林业和草原局, jurisdiction: ["150200"]}
            """);

    @TempDir
    Path keysDir;

    @Test
    void writesOwnerOnlyPrivateKeyAndPublicKeyPerUnit() throws IOException {
        List<String> generated = AgencyKeys.generateMissing(BAOTOU, keysDir);

        assertThat(generated).containsExactly("POLICE:150203", "FORESTRY:150200");
        for (String file : List.of("POLICE_150203", "FORESTRY_150200")) {
            assertThat(Files.getPosixFilePermissions(keysDir.resolve(file + ".key")))
                    .containsExactlyInAnyOrder(OWNER_READ, OWNER_WRITE);
            assertThat(Base64.getDecoder().decode(Files.readString(keysDir.resolve(file + ".pub")).strip()))
                    .hasSize(32);
        }
    }

    @Test
    void keepsExistingKeysWhenRunAgain() throws IOException {
        AgencyKeys.generateMissing(BAOTOU, keysDir);
        String privateKey = Files.readString(keysDir.resolve("POLICE_150203.key"));
        String publicKey = Files.readString(keysDir.resolve("POLICE_150203.pub"));

        assertThat(AgencyKeys.generateMissing(BAOTOU, keysDir)).isEmpty();
        assertThat(keysDir.resolve("POLICE_150203.key")).hasContent(privateKey);
        assertThat(keysDir.resolve("POLICE_150203.pub")).hasContent(publicKey);
    }

    @Test
    void restoresLostPublicKeyFromThePrivateKey() throws IOException {
        AgencyKeys.generateMissing(BAOTOU, keysDir);
        String publicKey = Files.readString(keysDir.resolve("POLICE_150203.pub"));
        Files.delete(keysDir.resolve("POLICE_150203.pub"));

        assertThat(AgencyKeys.generateMissing(BAOTOU, keysDir)).isEmpty();
        assertThat(keysDir.resolve("POLICE_150203.pub")).hasContent(publicKey);
    }

    @Test
    void directoryLoadsPublicKeysThatVerifyThePrivateKeysSignatures() {
        AgencyKeys.generateMissing(BAOTOU, keysDir);
        byte[] message = "包头市公安局昆都仑区分局 回执".getBytes(StandardCharsets.UTF_8);
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, AgencyKeys.readPrivateKey(keysDir, "POLICE:150203"));
        signer.update(message, 0, message.length);
        byte[] signature = signer.generateSignature();

        AgencyDirectory keyed = BAOTOU.withKeysFrom(keysDir);
        signer.init(false, keyed.unit("POLICE:150203").publicKey());
        signer.update(message, 0, message.length);

        assertThat(signer.verifySignature(signature)).isTrue();
        assertThat(keyed.units()).allMatch(AgencyUnit::hasPublicKey);
    }

    @Test
    void leavesUnitsWithoutKeyFilesWithoutKey() {
        assertThat(BAOTOU.withKeysFrom(keysDir).units()).noneMatch(AgencyUnit::hasPublicKey);
    }

    @Test
    void refusesPublicKeyFileOfWrongLength() throws IOException {
        Files.writeString(keysDir.resolve("POLICE_150203.pub"), Base64.getEncoder().encodeToString(new byte[33]));

        assertThatThrownBy(() -> BAOTOU.withKeysFrom(keysDir))
                .isInstanceOf(AgencyDirectoryException.class)
                .hasMessageContaining("POLICE_150203.pub has 33 bytes; an Ed25519 key has 32");
    }

    @Test
    void refusesMissingPrivateKey() {
        assertThatThrownBy(() -> AgencyKeys.readPrivateKey(keysDir, "POLICE:150203"))
                .isInstanceOf(AgencyDirectoryException.class)
                .hasMessageStartingWith("no private key for POLICE:150203");
    }
}
