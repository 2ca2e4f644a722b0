/**
 * Danh mục dùng chung: ethnicities (QĐ 1019/QĐ-TCTK), religions, education and theory
 * levels, ranks with pay coefficients, titles and title groups, unit types…
 * Effective-dated and editable by administrators. API: {@link vn.canbo.catalog.Catalogs}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogs", allowedDependencies = { "audit", "shared" })
package vn.canbo.catalog;
