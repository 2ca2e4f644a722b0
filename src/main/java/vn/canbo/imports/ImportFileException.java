package vn.canbo.imports;

/**
 * The uploaded file cannot be read as a spreadsheet of the template (message in
 * Vietnamese, shown as is).
 */
@org.springframework.modulith.NamedInterface("spi")
public class ImportFileException extends RuntimeException {

	public ImportFileException(String message) {
		super(message);
	}

	public ImportFileException(String message, Throwable cause) {
		super(message, cause);
	}

}
