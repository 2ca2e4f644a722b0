package vn.canbo.imports;

import java.util.List;

/**
 * SPI: a module that wants its data imported from spreadsheets declares a Spring bean
 * implementing this and returns its {@link ImportTemplate}s (columns as data + a
 * {@link RowHandler} calling the module's API). The imports module then offers the
 * template for download, reads .xlsx/.csv uploads, validates, previews, detects
 * duplicates (when the handler reports them), commits in one transaction, keeps the job
 * and the rejected rows — no import code is needed in the module. Template codes must be
 * unique.
 */
@org.springframework.modulith.NamedInterface("spi")
public interface ImportTemplateProvider {

	List<ImportTemplate> templates();

}
