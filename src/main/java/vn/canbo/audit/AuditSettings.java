package vn.canbo.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code canbo.audit.*}: walk the hash chain on start-up; take the client address from
 * X-Forwarded-For (only behind a proxy that sets it). Defaults and environment variables
 * live in {@code application.yml} only.
 */
@ConfigurationProperties("canbo.audit")
public record AuditSettings(boolean verifyOnStart, boolean trustForwardedFor) {
}
