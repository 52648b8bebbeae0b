package org.rapaio.jupyter.kernel.core.java;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The display ids the kernel has recently sent out with {@code display_data} (added to the kernel by the workbench's
 * patch). {@code display(x)} returns the id of the output it just sent, so a cell ending in {@code display(x);} also
 * had that id as its value and showed it a second time as the cell's result; {@link RapaioExecutionControl} uses
 * this registry to drop such a value.
 */
public final class DisplayIds {

    private static final int REMEMBERED = 4096;

    private static final Map<String, Boolean> RECENT = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    private DisplayIds() {
    }

    /** Records an id that a {@code display_data} message carried. */
    public static synchronized void sent(String displayId) {
        if (displayId != null) {
            RECENT.put(displayId, Boolean.TRUE);
        }
    }

    /** True when {@code value} is the id of an output the kernel displayed. */
    public static synchronized boolean isDisplayId(Object value) {
        return value instanceof String s && RECENT.containsKey(s);
    }
}
