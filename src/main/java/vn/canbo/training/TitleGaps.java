package vn.canbo.training;

import java.time.LocalDate;
import java.util.List;
import vn.canbo.shared.Scope;

/**
 * Gap analysis (training needs): for a unit subtree and a date, who holds a title without
 * meeting its standard in force on that date. Scope first: a root outside the scope is
 * not found; only holders and units in scope are read.
 */
@org.springframework.modulith.NamedInterface("api")
public interface TitleGaps {

	List<TitleGap> gaps(long rootUnitId, LocalDate on, Scope scope);

}
