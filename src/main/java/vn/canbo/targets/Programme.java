package vn.canbo.targets;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * Đề án / Nghị quyết / Kế hoạch: {@code unitId} owns it (visible within a scope
 * containing that unit).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Programme(Long id, String code, String title, String issuingBody, Long unitId, LocalDate periodFrom,
		LocalDate periodTo, String note, int version, List<Indicator> indicators) {

	public Programme {
		indicators = indicators == null ? List.of() : List.copyOf(indicators);
	}
}
