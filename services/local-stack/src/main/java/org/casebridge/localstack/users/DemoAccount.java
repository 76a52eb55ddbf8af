package org.casebridge.localstack.users;

import java.util.List;

import org.casebridge.localstack.StackService;

/**
 * A person who can log in to one service of the local stack.
 *
 * @param service  the service the account belongs to
 * @param username login name
 * @param name     display name, as events record the acting officer
 * @param unit     agency unit id, {@code TYPE:code}
 * @param roles    roles of {@code org.casebridge.platform.security.Role}
 */
record DemoAccount(StackService service, String username, String name, String unit, List<String> roles) {

    /** Real units of the bundled directory in Baotou, Bayannur and Chifeng, the cities the demo plays in. */
    static final List<DemoAccount> ALL = List.of(
            new DemoAccount(StackService.FORESTRY, "zhang.xiaoming", "张晓明", "FORESTRY:150200", List.of("OFFICER")),
            new DemoAccount(StackService.FORESTRY, "li.na", "李娜", "FORESTRY:150800", List.of("OFFICER")),
            new DemoAccount(StackService.FORESTRY, "zhao.lei", "赵磊", "FORESTRY:150400", List.of("OFFICER", "APPROVER")),
            new DemoAccount(StackService.NATURAL_RESOURCES, "wang.fang", "王芳", "NATURAL_RESOURCES:150200", List.of("OFFICER")),
            new DemoAccount(StackService.NATURAL_RESOURCES, "liu.yang", "刘洋", "NATURAL_RESOURCES:150800", List.of("OFFICER")),
            new DemoAccount(StackService.NATURAL_RESOURCES, "chen.jing", "陈静", "NATURAL_RESOURCES:150400", List.of("OFFICER")),
            new DemoAccount(StackService.POLICE, "wang.jianguo", "王建国", "POLICE:150203", List.of("OFFICER")),
            new DemoAccount(StackService.POLICE, "sun.li", "孙立", "POLICE:150200", List.of("OFFICER", "APPROVER")),
            new DemoAccount(StackService.POLICE, "zhou.qiang", "周强", "POLICE:150802", List.of("OFFICER", "INVESTIGATOR")),
            new DemoAccount(StackService.POLICE, "wu.min", "吴敏", "POLICE:150400", List.of("OFFICER", "APPROVER")),
            new DemoAccount(StackService.COURT, "zheng.hua", "郑华", "COURT:150200", List.of("OFFICER")),
            new DemoAccount(StackService.COURT, "he.ping", "何平", "COURT:150800", List.of("OFFICER")),
            new DemoAccount(StackService.PROCURATORATE, "zhou.jian", "周健", "PROCURATORATE:150200", List.of("OFFICER")),
            new DemoAccount(StackService.PROCURATORATE, "ma.li", "马丽", "PROCURATORATE:150800", List.of("OFFICER")),
            new DemoAccount(StackService.AUDIT, "gao.ming", "高明", "PROCURATORATE:150000", List.of("AUDITOR")));
}
