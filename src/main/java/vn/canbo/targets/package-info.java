/**
 * Chỉ tiêu đề án, nghị quyết: programmes with indicators (ratio, count in a period,
 * share) whose achievement is computed live, as of any date, within the user's scope,
 * from the figures of {@code reports}. API: {@link vn.canbo.targets.Programmes},
 * {@link vn.canbo.targets.Programme}, {@link vn.canbo.targets.Indicator},
 * {@link vn.canbo.targets.Achievement}, {@link vn.canbo.targets.Phrasing}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Targets",
		allowedDependencies = { "audit", "org", "reports", "reports::spi", "shared" })
package vn.canbo.targets;
