package vn.canbo.documents;

import java.time.Instant;
import java.util.List;

/**
 * A decision template (its .docx content is read with
 * {@link DocumentTemplates#content(String)}).
 */
public record DocumentTemplate(String code, String name, List<String> decisionTypes, int version, boolean builtIn,
		String updatedBy, Instant updatedAt, int size) {
}
