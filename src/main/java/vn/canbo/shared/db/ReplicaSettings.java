package vn.canbo.shared.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code canbo.db.*}: the optional PostgreSQL read replica for statistics and reports
 * (blank URL = the primary). Defaults and environment variables live in
 * {@code application.yml} only.
 */
@ConfigurationProperties("canbo.db")
public record ReplicaSettings(String replicaUrl, String replicaUser, String replicaPassword) {
}
