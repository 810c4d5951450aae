package org.letsconnect.platform.input;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

/**
 * Reads every JSON string of a request into a {@code String}: refused ({@link UnusableTextException}) when it holds
 * an {@linkplain UnusableCharacters unusable character}, and a number or boolean is refused where text is expected
 * instead of being turned into its digits. Not a subclass of Jackson's own {@link StringDeserializer}: Jackson reads
 * lists of strings past its standard deserializer, and must see this one as custom to use it for them too.
 */
class CheckedTextDeserializer extends StdScalarDeserializer<String> {

    CheckedTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
                || token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        String text = token == JsonToken.VALUE_STRING ? parser.getText()
                : StringDeserializer.instance.deserialize(parser, context);
        if (text != null) {
            var unusable = UnusableCharacters.find(text);
            if (unusable.isPresent()) {
                throw new UnusableTextException(parser, unusable.getAsInt());
            }
        }
        return text;
    }
}
