package vn.canbo.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import vn.canbo.shared.PartialDate;

/**
 * One data row of an upload: its spreadsheet row number (1-based, as Excel shows it), the
 * typed values by column key (null = blank or unreadable), the cell texts as read, and
 * the problems found so far.
 */
@org.springframework.modulith.NamedInterface("spi")
public final class ImportRow {

	private final ImportTemplate template;

	private final int number;

	private final Map<String, Object> values;

	private final Map<String, String> texts;

	private final List<ImportIssue> issues = new ArrayList<>();

	private Long duplicateOf;

	private Object attachment;

	private String duplicateLabel;

	ImportRow(ImportTemplate template, int number, Map<String, Object> values, Map<String, String> texts) {
		this.template = template;
		this.number = number;
		this.values = values;
		this.texts = texts;
	}

	public int number() {
		return number;
	}

	public boolean isBlank(String key) {
		return values.get(key) == null;
	}

	public String text(String key) {
		Object v = values.get(key);
		return v == null ? null : v.toString();
	}

	/** The code of a CATALOG column or the value of a CHOICE column. */
	public String code(String key) {
		return text(key);
	}

	public PartialDate partialDate(String key) {
		return (PartialDate) values.get(key);
	}

	/** A DATE column as a full date (the first day for a partial one). */
	public LocalDate date(String key) {
		PartialDate p = partialDate(key);
		return p == null ? null : p.date();
	}

	public Integer integer(String key) {
		return (Integer) values.get(key);
	}

	public BigDecimal decimal(String key) {
		return (BigDecimal) values.get(key);
	}

	/** A BOOLEAN column; blank = false. */
	public boolean bool(String key) {
		return Boolean.TRUE.equals(values.get(key));
	}

	/** The cell text as read (after cleaning), for messages. */
	public String cellText(String key) {
		return texts.get(key);
	}

	public Map<String, String> cellTexts() {
		return Collections.unmodifiableMap(texts);
	}

	public void error(String key, String message) {
		issue(key, ImportIssue.Severity.ERROR, message);
	}

	public void warn(String key, String message) {
		issue(key, ImportIssue.Severity.WARNING, message);
	}

	private void issue(String key, ImportIssue.Severity severity, String message) {
		String header = key == null ? "" : template.column(key).map(ImportColumn::header).orElse(key);
		issues.add(new ImportIssue(number, key == null ? "" : key, header, key == null ? null : texts.get(key),
				severity, message));
	}

	public boolean hasErrors() {
		return issues.stream().anyMatch(i -> i.severity() == ImportIssue.Severity.ERROR);
	}

	public List<ImportIssue> issues() {
		return Collections.unmodifiableList(issues);
	}

	/**
	 * Marks the row as matching an existing record (id), with a label for the preview
	 * (e.g. "hồ sơ số 12").
	 */
	public void duplicateOf(long id, String label) {
		this.duplicateOf = id;
		this.duplicateLabel = label;
	}

	/**
	 * Handler data resolved in {@link RowHandler#check} (e.g. the built record, a person
	 * id), kept for write.
	 */
	public void attach(Object value) {
		this.attachment = value;
	}

	@SuppressWarnings("unchecked")
	public <T> T attachment() {
		return (T) attachment;
	}

	public Long duplicateOf() {
		return duplicateOf;
	}

	public String duplicateLabel() {
		return duplicateLabel;
	}

}
