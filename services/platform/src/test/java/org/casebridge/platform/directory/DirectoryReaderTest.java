package org.casebridge.platform.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casebridge.platform.directory.DirectoryYaml.BAOTOU_DIVISIONS;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.junit.jupiter.api.Test;

class DirectoryReaderTest {

    @Test
    void readsInlinePublicKey() {
        byte[] key = new Ed25519PrivateKeyParameters(new byte[32]).generatePublicKey().getEncoded();

        AgencyDirectory directory = DirectoryYaml.read(BAOTOU_DIVISIONS + """
                units:
                  - {id: "POLICE:150203", name: 包头市公安局昆都仑区分局, jurisdiction: ["150203"], publicKey: "%s"}
                """.formatted(Base64.getEncoder().encodeToString(key)));

        assertThat(directory.unit("POLICE:150203").publicKey().getEncoded()).isEqualTo(key);
    }

    @Test
    void refusesMalformedYaml() {
        assertRefused(BAOTOU_DIVISIONS + "units: [ {id: \"POLICE:150203\", name: 分局", "malformed agency directory test.yml");
    }

    @Test
    void refusesUnknownField() {
        assertRefused(BAOTOU_DIVISIONS + """
                units:
                  - {id: "POLICE:150203", name: 分局, jurisdiction: ["150203"], pubkey: "x"}
                """, "malformed agency directory test.yml");
    }

    @Test
    void refusesEmptyFile() {
        assertRefused("", "malformed agency directory test.yml");
        assertRefused("---\n", "agency directory test.yml: the file is empty");
    }

    @Test
    void refusesDuplicateUnitId() {
        assertRefused(BAOTOU_DIVISIONS + """
                units:
                  - {id: "POLICE:150203", name: 包头市公安局昆都仑区分局, jurisdiction: ["150203"]}
                  - {id: "POLICE:150203", name: 昆都仑区公安分局, jurisdiction: ["150203"]}
                """, "agency directory test.yml: duplicate unit id POLICE:150203");
    }

    @Test
    void refusesPublicKeyOfWrongLength() {
        assertRefused(BAOTOU_DIVISIONS + """
                units:
                  - {id: "POLICE:150203", name: 分局, jurisdiction: ["150203"], publicKey: "%s"}
                """.formatted(Base64.getEncoder().encodeToString(new byte[31])),
                "public key of POLICE:150203 in test.yml has 31 bytes; an Ed25519 key has 32");
    }

    @Test
    void refusesPublicKeyThatIsNoCurvePoint() {
        byte[] noPoint = new byte[32];
        Arrays.fill(noPoint, (byte) 0xff);

        assertRefused(BAOTOU_DIVISIONS + """
                units:
                  - {id: "POLICE:150203", name: 分局, jurisdiction: ["150203"], publicKey: "%s"}
                """.formatted(Base64.getEncoder().encodeToString(noPoint)),
                "public key of POLICE:150203 in test.yml is not a valid Ed25519 public key");
    }

    @Test
    void refusesPublicKeyWithSmallOrderComponent() {
        // The public key of readsInlinePublicKey's all-zero private key plus a point of order 8: on the curve, but
        // outside the prime-order group that every honestly generated key lies in.
        byte[] mixedOrder = HexFormat.of().parseHex("06903bfea2a1ddc586e78a189513f47ac6ae27e4e7803a1c2fb94c94b18f3958");

        assertRefused(BAOTOU_DIVISIONS + """
                units:
                  - {id: "POLICE:150203", name: 分局, jurisdiction: ["150203"], publicKey: "%s"}
                """.formatted(Base64.getEncoder().encodeToString(mixedOrder)),
                "public key of POLICE:150203 in test.yml is not a valid Ed25519 public key");
    }

    @Test
    void refusesPublicKeyThatIsNotBase64() {
        assertRefused(BAOTOU_DIVISIONS + """
                units:
                  - {id: "POLICE:150203", name: 分局, jurisdiction: ["150203"], publicKey: "公钥"}
                """, "public key of POLICE:150203 in test.yml is not base64");
    }

    @Test
    void refusesMalformedUnitIdAndUnknownType() {
        assertRefused(BAOTOU_DIVISIONS + """
                units:
                  - {id: "POLICE-150203", name: 分局, jurisdiction: ["150203"]}
                """, "unit id 'POLICE-150203' is not TYPE:code");
        assertRefused(BAOTOU_DIVISIONS + """
                units:
                  - {id: "CUSTOMS:150203", name: 海关, jurisdiction: ["150203"]}
                """, "unit CUSTOMS:150203 has unknown agency type CUSTOMS");
    }

    @Test
    void refusesDivisionsMissingFromTheList() {
        assertRefused(BAOTOU_DIVISIONS + """
                units:
                  - {id: "POLICE:150203", name: 分局, jurisdiction: ["150207"]}
                """, "unit POLICE:150203 names division '150207', which is not in the divisions list");
    }

    @Test
    void refusesMalformedDivisionCode() {
        assertRefused("divisions: [{code: \"15020\", name: 包头市}]", "division code '15020' is not a six-digit");
    }

    @Test
    void refusesTwoUnitsOfOneTypeCoveringTheSameCode() {
        assertRefused(BAOTOU_DIVISIONS + """
                units:
                  - {id: "POLICE:150200", name: 包头市公安局, jurisdiction: ["150200"]}
                  - {id: "POLICE:150203", name: 分局, jurisdiction: ["150203", "150200"]}
                """, "units POLICE:150200 and POLICE:150203 both cover 150200");
    }

    @Test
    void refusesUnitWithoutJurisdiction() {
        assertRefused(BAOTOU_DIVISIONS + """
                units:
                  - {id: "POLICE:150203", name: 分局}
                """, "unit POLICE:150203 has no jurisdiction");
    }

    private static void assertRefused(String yaml, String message) {
        assertThatThrownBy(() -> DirectoryYaml.read(yaml))
                .isInstanceOf(AgencyDirectoryException.class)
                .hasMessageContaining(message);
    }
}
