/**
 * Quy tắc nghiệp vụ: effective-dated rule parameters with their legal basis (table
 * {@code rule_parameter}, BLOCK or WARN mode) and the calculators of the regulations:
 * retirement age and dates (BLLĐ 2019 Art. 169 + NĐ 135/2020,
 * {@link vn.canbo.rules.Retirement}), appointment term and age gate (APP-01/04/08/09,
 * {@link vn.canbo.rules.Terms}), rotation (ROT-01/03), salary raises, delays and the
 * seniority allowance (TT 08/2013, {@link vn.canbo.rules.SalaryRaises}), working days
 * ({@link vn.canbo.rules.WorkingDays}). API: {@link vn.canbo.rules.RuleParameters},
 * {@link vn.canbo.rules.RuleChecks}, {@link vn.canbo.rules.RuleResult}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rules",
		allowedDependencies = { "audit", "catalog", "people::api", "security", "shared" })
package vn.canbo.rules;
