/**
 * Nhập dữ liệu từ bảng tính: generic, data-defined import templates
 * ({@link vn.canbo.imports.ImportTemplate}, {@link vn.canbo.imports.ImportColumn},
 * {@link vn.canbo.imports.RowHandler}) contributed by any module through the
 * {@link vn.canbo.imports.ImportTemplateProvider} SPI; downloadable .xlsx templates;
 * .xlsx/.csv upload → preview (errors and warnings per row and column) → all-or-nothing
 * commit, jobs kept with their rejected rows ({@link vn.canbo.imports.ImportService}).
 * <p>
 * Adding a template from another module (e.g. decision history from {@code career}):
 * declare a Spring bean implementing {@link vn.canbo.imports.ImportTemplateProvider} in
 * that module, returning an {@link vn.canbo.imports.ImportTemplate} whose columns are
 * {@link vn.canbo.imports.ImportColumn}s (TEXT, DATE, INTEGER, DECIMAL, BOOLEAN, CATALOG
 * with drop-down, CHOICE) and whose {@link vn.canbo.imports.RowHandler} calls the
 * module's API (check: look-ups and dry runs, no writes; write: inside the import's
 * single transaction). The template then appears on /imports and in
 * /api/v1/imports/templates, with download, preview, commit, job history and rejected
 * rows — no import code to write.
 * <p>
 * The UNITS template (the unit tree, {@link vn.canbo.imports.UnitTemplates}) is declared
 * here rather than in {@code org}: org may not depend on imports (imports → security →
 * org would be a cycle); it calls org's API like any other template.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Imports",
		allowedDependencies = { "audit", "catalog", "org", "security", "shared" })
package vn.canbo.imports;
