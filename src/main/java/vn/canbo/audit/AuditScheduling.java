package vn.canbo.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on {@code @Scheduled}: the periodic verification of the audit chain. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditScheduling {

}
