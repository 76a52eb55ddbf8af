package org.casebridge.platform.web;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** A service in miniature for the web and security tests: every auto-configuration, one test controller. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({TestController.class, TestController.ValidatedService.class})
public class WebTestApplication {
}
