package vn.canbo.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code canbo.audit.*}: walk the hash chain on start-up; take the client address from
 * X-Forwarded-For (only behind a proxy that sets it); the key of the chain's HMAC (given,
 * or read from / generated into {@code keyFile}); the file of signed checkpoints; the
 * interval of the scheduled verification. Defaults and environment variables live in
 * {@code application.yml} only.
 */
@ConfigurationProperties("canbo.audit")
public record AuditSettings(boolean verifyOnStart, boolean trustForwardedFor, String key, String keyFile,
		String checkpointFile, Duration verifyInterval) {
}
