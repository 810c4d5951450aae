package org.letsconnect.platform.i18n;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A message not yet put into words: its key and parameters. Given as a parameter of another message,
 * {@link Messages#get(String, String, Object...)} renders it first, in the same language, so that a shared message
 * can end with a sentence only the caller knows ("The file is empty. <i>Export the report from Zoom again.</i>").
 *
 * @param params the parameters ($1, $2 …), as a list so that two equal messages are {@code equals}
 */
public record Message(String key, List<Object> params) {

    public Message {
        params = Collections.unmodifiableList(new ArrayList<>(params)); // null stays null, shown as nothing
    }

    public static Message of(String key, Object... params) {
        return new Message(key, Arrays.asList(params));
    }
}
