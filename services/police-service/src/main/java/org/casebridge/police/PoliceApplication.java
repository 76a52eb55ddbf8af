package org.casebridge.police;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@OpenAPIDefinition(info = @Info(title = "CaseBridge police service", version = "${casebridge.api-version}",
        description = "Public security bureaus: the referral inbox, receipts, forwarding, supplement requests, filing decisions, explanations and trial submission; leads."))
public class PoliceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PoliceApplication.class, args);
    }
}
