package org.casebridge.procuratorate;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@OpenAPIDefinition(info = @Info(title = "CaseBridge procuratorate service", version = "${casebridge.api-version}",
        description = "People's procuratorates: the referrals of their jurisdiction, supervision of refusals to file,"
                + " filing orders; leads."))
public class ProcuratorateApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProcuratorateApplication.class, args);
    }
}
