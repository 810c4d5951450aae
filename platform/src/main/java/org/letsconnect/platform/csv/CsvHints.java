package org.letsconnect.platform.csv;

/**
 * What the people uploading one kind of file can do about a refusal, in their own terms, as message keys of the
 * service: the refusal's text (the platform's, the same for every upload) ends with one of them.
 *
 * @param exportAgain how to get a file that reads (for the encoding, the CSV, the columns), e.g. "Export the
 *        participant report from Zoom again as CSV and upload that file unchanged."
 * @param smaller how to get a file within the limits, e.g. "Split it into smaller files."
 */
public record CsvHints(String exportAgain, String smaller) {
}
