/**
 * Nhập dữ liệu từ bảng tính: generic, data-defined import templates ({@link vn.canbo.imports.ImportTemplate},
 * {@link vn.canbo.imports.ImportColumn}, {@link vn.canbo.imports.RowHandler}) contributed by any module through the
 * {@link vn.canbo.imports.ImportTemplateProvider} SPI; downloadable .xlsx templates; .xlsx/.csv upload → preview
 * (errors and warnings per row and column) → all-or-nothing commit, jobs kept with their rejected rows
 * ({@link vn.canbo.imports.ImportService}). Ships the people templates (persons, positions, salaries, training,
 * awards and discipline).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Imports")
package vn.canbo.imports;
