package vn.canbo.training;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * SPI (named interface {@code training::spi}): the persons planned (quy hoạch) for a
 * title in plans of the given units, active on the date (added on or before it, not
 * removed on or before it). Implemented by the planning module, which depends on training
 * (training must not call planning); without an implementation the gap analysis lists
 * holders only.
 */
@org.springframework.modulith.NamedInterface("spi")
public interface PlannedTitles {

	List<Planned> planned(Collection<Long> unitIds, LocalDate on);

	/**
	 * A candidacy: the person, the title planned, the plan's unit, the plan, its term
	 * label (e.g. 2025–2030) and approving decision number.
	 */
	@org.springframework.modulith.NamedInterface("spi")
	record Planned(long personId, String titleCode, long unitId, long planId, String termLabel, String decisionNumber) {
	}

}
