/**
 * Quy hoạch cán bộ (issue 17, QĐ 377-QĐ/TW): succession plans per unit, planning term
 * (table {@code planning_term}) and kind (current / next term), approved by a decision,
 * with the titles planned and their candidates; every addition and removal is dated with
 * its reason and decision (history kept), and the votes of the workflow steps are
 * recorded. Each addition is checked against the rules PLAN-01/02/03/04/07/08 and the
 * title standards (parameters {@code planning.*} in {@code rules}): BLOCK refuses, WARN
 * needs a justification stored with the candidacy. API (named interface
 * {@code planning::api}): {@link vn.canbo.planning.Plans} and the records it uses; the
 * annual review {@link vn.canbo.planning.PlanReviews} (removals proposed on a day,
 * confirmed all-or-nothing), the readiness view {@link vn.canbo.planning.PlanReadiness}
 * and the structure against targets {@link vn.canbo.planning.PlanStructure}. Implements
 * {@link vn.canbo.people.DossierPanel} (the person's planning tab), career's SPI
 * {@link vn.canbo.career.PlannedCandidacies} (APP-02) and documents'
 * {@link vn.canbo.documents.CvPlanningSource} (the 38-item CV's item 24); listens to
 * career's {@link vn.canbo.career.DecisionIssued} (an appointment closes the candidacy);
 * prints the planning list from documents' editable template DS_QUY_HOACH
 * ({@link vn.canbo.planning.PlanningDocuments}); the planning summary report form
 * ({@link vn.canbo.planning.PlanSummary}, a reports {@code StatisticsTable}) and the
 * PLANNING_* figures (reports' FigureProvider SPI).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planning",
		allowedDependencies = { "audit", "career", "career::spi", "catalog", "documents", "org", "people::api",
				"reports", "reports::spi", "rules", "security", "shared", "training::api", "training::spi" })
package vn.canbo.planning;
