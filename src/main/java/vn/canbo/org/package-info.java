/**
 * Tổ chức: the effective-dated tree of units (Party, State, Front, mass organisations,
 * public service units, hamlets), restructuring operations (merge, split, dissolve,
 * rename, move) and staffing quotas. API: {@link vn.canbo.org.Units} (reads as of a
 * date), {@link vn.canbo.org.UnitService} (creation, tree, history, search),
 * {@link vn.canbo.org.RestructuringService} (sắp xếp tổ chức, incl. the 2025 district
 * abolition), {@link vn.canbo.org.StaffingService} (biên chế, headcount against quota);
 * event: {@link vn.canbo.org.UnitsRestructured}; SPI implemented by people:
 * {@link vn.canbo.org.HeadcountProvider}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation",
		allowedDependencies = { "audit", "catalog", "shared" })
package vn.canbo.org;
