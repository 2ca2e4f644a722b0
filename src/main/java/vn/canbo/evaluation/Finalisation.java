package vn.canbo.evaluation;

import java.time.LocalDate;

/**
 * The decision that finalises a campaign: its date and the competent authority;
 * {@code quotaJustification} is required when the quota is exceeded in WARN mode (the
 * exception for outstanding collectives), refused in BLOCK mode.
 */
@org.springframework.modulith.NamedInterface("api")
public record Finalisation(LocalDate decidedOn, String authority, String quotaJustification) {
}
