/**
 * Văn bản, biểu mẫu: the official documents printed from the dossier — the 2C CV (Mẫu
 * 2C-BNV/2008 and the newer 38-item layout) as DOCX and PDF, one person or a batch as
 * .zip — and decision documents (quyết định) filled from editable Word templates. API:
 * {@link vn.canbo.documents.CvDocuments}, {@link vn.canbo.documents.DocumentTemplates},
 * {@link vn.canbo.documents.DecisionPlaceholders}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents",
		allowedDependencies = { "audit", "catalog", "org", "people::api", "rules", "security", "shared" })
package vn.canbo.documents;
