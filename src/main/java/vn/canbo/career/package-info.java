/**
 * Quyết định nhân sự: decisions that change career facts (tuyển dụng, điều động, bổ
 * nhiệm, luân chuyển, nâng bậc lương, nghỉ hưu…), checked against the rules
 * ({@code rules}) and applied to the effective-dated dossier ({@code people} via
 * {@link vn.canbo.people.CareerFacts}) in one transaction per decision; revocation and
 * amendment undo the effects; as-of views, alerts and movement statistics. API:
 * {@link vn.canbo.career.DecisionService}, {@link vn.canbo.career.AsOfViews},
 * {@link vn.canbo.career.Alerts}, {@link vn.canbo.career.Movements}; the event
 * {@link vn.canbo.career.DecisionIssued} (published inside the issuing transaction). SPI
 * (named interface {@code career::spi}): {@link vn.canbo.career.PlannedCandidacies}, the
 * succession plans a person is in (APP-02), implemented by planning.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Career", allowedDependencies = { "audit", "catalog",
		"documents", "imports::spi", "org", "people::api", "reports::spi", "rules", "security", "shared" })
package vn.canbo.career;
