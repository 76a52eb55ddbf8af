package org.casebridge.naturalresources;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@OpenAPIDefinition(info = @Info(title = "CaseBridge natural resources service", version = "${casebridge.api-version}",
        description = "Natural resources bureaus: refer suspected crimes to the police (submission, drafts, supplements, withdrawal, reconsideration and supervision requests, evidence handover, penalties, answers to judicial suggestions), follow their referrals, exchange leads."))
public class NaturalResourcesApplication {

    public static void main(String[] args) {
        SpringApplication.run(NaturalResourcesApplication.class, args);
    }
}
