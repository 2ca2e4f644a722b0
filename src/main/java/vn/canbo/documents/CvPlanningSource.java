package vn.canbo.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * SPI (issue 17): the titles a person is planned for (quy hoạch), printed in item 24
 * "Được quy hoạch chức danh" of the 38-item CV. Declared here so that documents does not
 * depend on the planning module (which prints its planning list through documents); the
 * planning module implements it.
 */
public interface CvPlanningSource {

	/**
	 * The person's candidacies in the plans on {@code asOf}, each as the CV prints it
	 * ("Chủ tịch UBND xã A, nhiệm kỳ 2025–2030"), in Vietnamese; empty when none.
	 */
	List<String> plannedTitles(long personId, LocalDate asOf);

	/** No planning module: nothing. */
	CvPlanningSource NONE = (personId, asOf) -> List.of();

}
