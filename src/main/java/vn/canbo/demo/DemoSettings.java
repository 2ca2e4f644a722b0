package vn.canbo.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code canbo.demo.enabled}: load the demo locality into an empty database (default in
 * application.yml: true).
 */
@ConfigurationProperties("canbo.demo")
record DemoSettings(boolean enabled) {
}
