package org.casebridge.naturalresources;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class NaturalResourcesApplication {

    public static void main(String[] args) {
        SpringApplication.run(NaturalResourcesApplication.class, args);
    }
}
