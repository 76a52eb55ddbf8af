package org.casebridge.audit;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@OpenAPIDefinition(info = @Info(title = "CaseBridge audit service", version = "${casebridge.api-version}",
        description = "The audit ledger: every record of the exchange with its integrity verdict, per case and as a list of failures. Read-only towards the agencies."))
public class AuditApplication {

    public static void main(String[] args) {
        SpringApplication.run(AuditApplication.class, args);
    }
}
