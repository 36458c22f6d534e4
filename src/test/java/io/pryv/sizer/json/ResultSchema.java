package io.pryv.sizer.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The committed schema of the JSON result, for tests that check written files against it. */
public final class ResultSchema {
    public static final Path FILE = Path.of("docs", "sizing-result.schema.json");
    private static final Schema SCHEMA = load();

    private ResultSchema() {}

    /** The schema's complaints about {@code json}, one line each: empty when it conforms. */
    public static List<String> problems(JsonNode json) {
        return SCHEMA.validate(json).stream().map(Error::toString).toList();
    }

    public static List<String> problems(Path jsonFile) throws IOException {
        return problems(SizingJson.read(Files.readAllBytes(jsonFile)));
    }

    private static Schema load() {
        try (InputStream in = Files.newInputStream(FILE)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
