/**
 * Demo data: a deterministic, seeded generator of a realistic locality (a province with a
 * town of 16 communes and wards, restructured on 1/7/2025) and its cadres; the same
 * generator streams 1,000,000 persons for the benchmarks. Uses only the public APIs of
 * org, people, security, rules and career (the retirement decisions already due).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
		allowedDependencies = { "career", "catalog", "org", "party", "people::api", "rules", "security", "shared" })
package vn.canbo.demo;
