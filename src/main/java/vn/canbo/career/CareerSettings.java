package vn.canbo.career;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code canbo.career.*}: the decision types that need a second approver (four-eyes,
 * {@code CANBO_FOUR_EYES_TYPES}, comma-separated {@link DecisionType} names; empty =
 * none). Defaults live in {@code application.yml} only.
 */
@ConfigurationProperties("canbo.career")
public record CareerSettings(Set<DecisionType> fourEyesTypes) {

	public CareerSettings {
		fourEyesTypes = fourEyesTypes == null ? Set.of() : Set.copyOf(fourEyesTypes);
	}

}
