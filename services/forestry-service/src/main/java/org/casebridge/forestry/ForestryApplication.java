package org.casebridge.forestry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ForestryApplication {

    public static void main(String[] args) {
        SpringApplication.run(ForestryApplication.class, args);
    }
}
