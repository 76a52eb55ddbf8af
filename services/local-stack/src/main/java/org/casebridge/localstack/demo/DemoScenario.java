package org.casebridge.localstack.demo;

import static org.casebridge.localstack.StackService.COURT;
import static org.casebridge.localstack.StackService.FORESTRY;
import static org.casebridge.localstack.StackService.NATURAL_RESOURCES;
import static org.casebridge.localstack.StackService.POLICE;
import static org.casebridge.localstack.StackService.PROCURATORATE;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.casebridge.localstack.StackService;

/**
 * The demo: four referrals and four leads in Baotou, Bayannur and Chifeng that show the main paths of both
 * lifecycles. Every body is constant text (no clock, no random number) because the services compare a repeated
 * key's body with the first one: a second run must send exactly the same requests to be answered with the
 * recorded outcomes.
 */
final class DemoScenario {

    private DemoScenario() {
    }

    static List<DemoCase> referrals() {
        return List.of(baotouLogging(), bayannurFarmland(), baotouMining(), chifengLogging());
    }

    /** Filed after a supplement, tried and judged. */
    private static DemoCase baotouLogging() {
        return Script.referral("baotou-logging", FORESTRY, "zhang.xiaoming", """
                {"type": "THRESHOLD_MET", "handlingCode": "H1",
                 "caseData": {"administrativeCaseNumber": "包昆林立〔2026〕576号", "cause": "涉嫌滥伐林木",
                   "suspectedOffence": {"article": 345, "paragraph": 2, "description": "滥伐林木，数量较大"},
                   "quantities": {"timberVolumeM3": 38.6, "treeCount": 345},
                   "location": {"divisionCode": "150203", "address": "包头市昆都仑区卜尔汉图镇阿都赖村北山",
                                "latitude": 40.7421, "longitude": 109.7903}},
                 "parties": [{"kind": "PERSON", "name": "林木生", "idNumber": "150203198805120035", "phone": "13847200000"}],
                 "documents": [{"type": "TRANSFER_LETTER", "number": "包林移〔2026〕12号", "issuer": "包头市林业和草原局",
                   "issuedOn": "2026-03-03", "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                   "uri": "casebridge://forestry/150200/documents/95086"}],
                 "evidence": [{"description": "油松原木", "quantity": 38.6, "unit": "m³", "custodian": "林草局涉案财物保管室",
                   "storageLocation": "二号库房", "perishable": false}]}
                """)
                .then(POLICE, "wang.jianguo", "receipt", """
                        {"receiptNumber": "包公昆回〔2026〕12号"}""")
                .then(POLICE, "wang.jianguo", "supplement-requests", """
                        {"missingItems": ["林木蓄积量鉴定意见"], "notes": "请三日内补充"}""")
                .then(FORESTRY, "zhang.xiaoming", "supplements", """
                        {"documents": [{"type": "EXPERT_OPINION", "number": "包林鉴〔2026〕7号", "issuer": "包头市林业工作站",
                          "issuedOn": "2026-03-05", "sha256": "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                          "uri": "casebridge://forestry/150200/documents/95112"}],
                         "notes": "已补充鉴定意见"}""")
                .then(POLICE, "wang.jianguo", "filing", """
                        {"filingDecisionNumber": "包公昆立字〔2026〕60号", "decisionPeriod": "DAYS_3"}""")
                .then(POLICE, "wang.jianguo", "trial-submission", """
                        {"court": "COURT:150200", "indictmentNumber": "包昆检刑诉〔2026〕41号"}""")
                .then(COURT, "zheng.hua", "judgment", """
                        {"judgmentNumber": "（2026）内02刑初58号", "verdict": "GUILTY", "sentence": "有期徒刑一年六个月",
                         "fineFen": 1000000, "administrativeFineOffsetFen": 0, "issuedOn": "2026-06-18"}""")
                .build();
    }

    /** Not filed as minor, upheld on reconsideration, then penalised by the agency itself. */
    private static DemoCase bayannurFarmland() {
        return Script.referral("bayannur-farmland", NATURAL_RESOURCES, "liu.yang", """
                {"type": "THRESHOLD_MET", "handlingCode": "H1",
                 "caseData": {"administrativeCaseNumber": "巴临自然资立〔2026〕88号", "cause": "涉嫌非法占用农用地",
                   "suspectedOffence": {"article": 342, "description": "非法占用耕地改作他用，数量较大"},
                   "quantities": {"areaMu": 12.5},
                   "location": {"divisionCode": "150802", "address": "巴彦淖尔市临河区干召庙镇民主村三组",
                                "latitude": 40.8312, "longitude": 107.4108}},
                 "parties": [{"kind": "ORGANISATION", "name": "巴彦淖尔市临河区丰源建材有限公司", "personalData": false},
                             {"kind": "PERSON", "name": "田广", "idNumber": "150802197603150417", "phone": "13904780000"}],
                 "documents": [{"type": "TRANSFER_LETTER", "number": "巴自然资移〔2026〕5号", "issuer": "巴彦淖尔市自然资源局",
                   "issuedOn": "2026-04-08", "sha256": "fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9",
                   "uri": "casebridge://natural-resources/150800/documents/3307"},
                  {"type": "INVESTIGATION_REPORT", "number": "巴自然资勘〔2026〕19号", "issuer": "巴彦淖尔市自然资源局",
                   "issuedOn": "2026-04-02", "sha256": "baa5a0964d3320fbc0c6a922140453c8513ea24ab8fd0577034804a967248096",
                   "uri": "casebridge://natural-resources/150800/documents/3301"}]}
                """)
                .then(POLICE, "zhou.qiang", "receipt", """
                        {"receiptNumber": "巴公临回〔2026〕9号"}""")
                .then(POLICE, "zhou.qiang", "non-filing", """
                        {"reasonCode": "MINOR", "reasons": "占用耕地已于立案前自行复垦，情节显著轻微，危害不大",
                         "decisionPeriod": "DAYS_3", "filesReturned": true}""")
                .then(NATURAL_RESOURCES, "liu.yang", "reconsideration-requests", """
                        {"grounds": "复垦仅完成约三成，勘测报告显示永久基本农田受损，不属情节显著轻微"}""")
                .then(POLICE, "zhou.qiang", "reconsideration-decision", """
                        {"outcome": "UPHELD", "reasons": "经复议，现场复核确认已复垦面积未达立案标准，维持不予立案决定"}""")
                .then(NATURAL_RESOURCES, "liu.yang", "administrative-penalty", """
                        {"decisionNumber": "巴临自然资罚〔2026〕17号", "decidedOn": "2026-05-20", "fineFen": 16650000,
                         "description": "责令退还非法占用的土地，限期恢复种植条件，并按每平方米二十元处以罚款"}""")
                .build();
    }

    /** Not filed, put before the Baotou procuratorate, explained, and filed on the procuratorate's order. */
    private static DemoCase baotouMining() {
        return Script.referral("baotou-mining", NATURAL_RESOURCES, "wang.fang", """
                {"type": "THRESHOLD_MET", "handlingCode": "H1",
                 "caseData": {"administrativeCaseNumber": "包自然资立〔2026〕41号", "cause": "涉嫌非法采矿",
                   "suspectedOffence": {"article": 343, "paragraph": 1, "description": "未取得采矿许可证擅自采挖砂石"},
                   "quantities": {"areaMu": 6.8, "amountFen": 4200000},
                   "location": {"divisionCode": "150203", "address": "包头市昆都仑区卜尔汉图镇石门沟",
                                "latitude": 40.7233, "longitude": 109.7416}},
                 "parties": [{"kind": "PERSON", "name": "贾振东", "idNumber": "150203197905110318", "phone": "13847210000"}],
                 "documents": [{"type": "TRANSFER_LETTER", "number": "包自然资移〔2026〕9号", "issuer": "包头市自然资源局",
                   "issuedOn": "2026-04-20", "sha256": "5f2b0e6a9d4c3b1a7e8f6d5c4b3a29181716151413121110f0e0d0c0b0a09080",
                   "uri": "casebridge://natural-resources/150200/documents/5120"},
                  {"type": "INVESTIGATION_REPORT", "number": "包自然资勘〔2026〕27号", "issuer": "包头市自然资源局",
                   "issuedOn": "2026-04-15", "sha256": "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9",
                   "uri": "casebridge://natural-resources/150200/documents/5114"}]}
                """)
                .then(POLICE, "wang.jianguo", "receipt", """
                        {"receiptNumber": "包公昆回〔2026〕31号"}""")
                .then(POLICE, "wang.jianguo", "non-filing", """
                        {"reasonCode": "OTHER", "reasons": "采挖砂石价值未经鉴定，暂不能认定达到立案追诉标准",
                         "decisionPeriod": "DAYS_3", "filesReturned": true}""")
                .then(NATURAL_RESOURCES, "wang.fang", "supervision-requests", """
                        {"procuratorate": "PROCURATORATE:150200", "grounds": "价格认定书已载明矿产品价值四万二千元，已达立案追诉标准"}""")
                .then(PROCURATORATE, "zhou.jian", "explanation-request", """
                        {"requestNumber": "包检要说〔2026〕4号", "questions": "请说明未待价格认定即作出不予立案决定的理由"}""")
                .then(POLICE, "wang.jianguo", "explanation", """
                        {"explanation": "不予立案时尚未收到价格认定书"}""")
                .then(PROCURATORATE, "zhou.jian", "filing-order", """
                        {"orderNumber": "包检立通〔2026〕4号", "reasons": "矿产品价值已达立案追诉标准，不立案理由不能成立"}""")
                .then(POLICE, "wang.jianguo", "filing", """
                        {"filingDecisionNumber": "包公昆立字〔2026〕93号", "decisionPeriod": "DAYS_3"}""")
                .build();
    }

    /**
     * Left received: Ar Horqin Banner has no police unit of its own in the directory, so the city police, whose
     * officer is a demo user, is competent (Hongshan District's unit has none).
     */
    private static DemoCase chifengLogging() {
        return Script.referral("chifeng-logging", FORESTRY, "zhao.lei", """
                {"type": "REASONABLE_SUSPICION", "handlingCode": "H1",
                 "caseData": {"administrativeCaseNumber": "赤林立〔2026〕203号", "cause": "涉嫌盗伐林木",
                   "suspectedOffence": {"article": 345, "paragraph": 1, "description": "盗伐国有林场樟子松"},
                   "quantities": {"timberVolumeM3": 11.2, "treeCount": 64},
                   "location": {"divisionCode": "150421", "address": "赤峰市阿鲁科尔沁旗罕山林场第七林班",
                                "latitude": 44.9861, "longitude": 120.3522}},
                 "parties": [{"kind": "PERSON", "name": "包金山", "idNumber": "150421198102270313"}],
                 "documents": [{"type": "TRANSFER_LETTER", "number": "赤林移〔2026〕31号", "issuer": "赤峰市林业和草原局",
                   "issuedOn": "2026-05-11", "sha256": "4e07408562bedb8b60ce05c1decfe3ad16b72230967de01f640b7e4729b49fce",
                   "uri": "casebridge://forestry/150400/documents/41877"}],
                 "evidence": [{"description": "樟子松原木", "quantity": 64, "unit": "根", "custodian": "罕山林场管护站",
                   "storageLocation": "林场木材检查站", "perishable": false}]}
                """)
                .then(POLICE, "wu.min", "receipt", """
                        {"receiptNumber": "赤公回〔2026〕27号"}""")
                .build();
    }

    static List<DemoCase> leads() {
        return List.of(baotouNightLogging(), bayannurSandMining(), bayannurSandMiningAgain(), chifengLoggingLead());
    }

    /** Night-time logging reported to the Kundulun police, who investigate it and report the filing back. */
    private static DemoCase baotouNightLogging() {
        return Script.lead("baotou-night-logging", null, FORESTRY, "zhang.xiaoming", """
                {"handlingCode": "H1", "recipients": {"units": ["POLICE:150203"]},
                 "suspectedOffence": {"article": 345, "paragraph": 1, "description": "盗伐林木"},
                 "location": {"divisionCode": "150203", "address": "包头市昆都仑区卜尔汉图镇阿都赖村西沟",
                              "latitude": 40.7512, "longitude": 109.7688, "inspectionPatchId": "150203-2026-TB-0613"},
                 "description": "夜间巡护发现西沟有人使用油锯盗伐油松，现场查获新鲜伐桩二十一个，嫌疑人驾车逃离",
                 "suspects": [{"kind": "PERSON", "name": "郝有财", "idNumber": "150203198107240351"}],
                 "quantities": {"treeCount": 21}}
                """)
                .then(POLICE, "wang.jianguo", "acknowledgement", """
                        {"note": "已收到，立即组织核查"}""")
                .then(POLICE, "wang.jianguo", "investigation", """
                        {"note": "已派员勘查现场，提取伐桩照片和车辆轨迹"}""")
                .then(POLICE, "wang.jianguo", "outcome", """
                        {"outcome": "FILED", "details": "经初查，盗伐数量达到立案标准，已立案侦查",
                         "filingDecisionNumber": "包公昆立字〔2026〕71号"}""")
                .build();
    }

    /** Sand mining reported to every enforcement agency covering Linhe; the district police acknowledge it. */
    private static DemoCase bayannurSandMining() {
        return Script.lead("bayannur-sand-mining", null, NATURAL_RESOURCES, "liu.yang", """
                {"handlingCode": "H1", "recipients": {"divisionCode": "150802"},
                 "suspectedOffence": {"article": 343, "paragraph": 1, "description": "非法采矿（河道采砂）"},
                 "location": {"divisionCode": "150802", "address": "巴彦淖尔市临河区黄河滩区乌兰图克段",
                              "latitude": 40.7016, "longitude": 107.3522, "inspectionPatchId": "150802-2026-TB-1187"},
                 "description": "卫片执法发现黄河滩区新增采砂坑约十五亩，夜间有挖掘机和运砂车作业，未见采矿许可",
                 "quantities": {"areaMu": 15.0}}
                """)
                .then(POLICE, "zhou.qiang", "acknowledgement", """
                        {"note": "已收到，将会同自然资源局现场核查"}""")
                .build();
    }

    /** The forestry bureau reports the same patch later: merged into the first report, whose notifier keeps the credit. */
    private static DemoCase bayannurSandMiningAgain() {
        return Script.lead("bayannur-sand-mining-again", "bayannur-sand-mining", FORESTRY, "li.na", """
                {"handlingCode": "H1", "recipients": {"units": ["POLICE:150802"]},
                 "suspectedOffence": {"article": 343, "paragraph": 1, "description": "非法采砂，毁坏防护林带"},
                 "location": {"divisionCode": "150802", "address": "巴彦淖尔市临河区乌兰图克镇黄河护岸林",
                              "inspectionPatchId": "150802-2026-TB-1187"},
                 "description": "护林员报告黄河护岸林边有人挖砂，毁坏杨树防护林约三十株"}
                """)
                .build();
    }

    /** A lead of Chifeng's forestry bureau that became its referral (chifeng-logging). */
    private static DemoCase chifengLoggingLead() {
        return Script.lead("chifeng-logging-lead", null, FORESTRY, "zhao.lei", """
                {"handlingCode": "H1", "recipients": {"units": ["POLICE:150400"]},
                 "suspectedOffence": {"article": 345, "paragraph": 1, "description": "盗伐林木"},
                 "location": {"divisionCode": "150421", "address": "赤峰市阿鲁科尔沁旗罕山林场第七林班",
                              "inspectionPatchId": "150421-2026-TB-0088"},
                 "description": "罕山林场巡山发现第七林班樟子松被盗伐，林场已固定证据，拟立案后移送"}
                """)
                .then(FORESTRY, "zhao.lei", "conversion", """
                        {"referralId": "{{referral:chifeng-logging}}"}""")
                .build();
    }

    /** Builds a case's steps, numbering them so that each key names the step and its place. */
    private static final class Script {

        private final DemoCase.Kind kind;
        private final String name;
        private final String after;
        private final List<DemoStep> steps = new ArrayList<>();

        private Script(DemoCase.Kind kind, String name, String after) {
            this.kind = kind;
            this.name = name;
            this.after = after;
        }

        static Script referral(String name, StackService sender, String officer, String submission) {
            return new Script(DemoCase.Kind.REFERRAL, name, null).then(sender, officer, DemoStep.SUBMISSION, submission);
        }

        /** Keys of leads start with {@code lead/}: a lead and a referral may share a name. */
        static Script lead(String name, String after, StackService notifier, String officer, String raise) {
            return new Script(DemoCase.Kind.LEAD, name, after).then(notifier, officer, DemoStep.RAISE, raise);
        }

        Script then(StackService service, String username, String command, String body) {
            String key = String.format(Locale.ROOT, "casebridge-demo/%s%s/%02d-%s",
                    kind == DemoCase.Kind.LEAD ? "lead/" : "", name, steps.size() + 1, command);
            steps.add(new DemoStep(key, service, username, command, body));
            return this;
        }

        DemoCase build() {
            return new DemoCase(kind, name, after, steps);
        }
    }
}
