package org.radiomics4j.spark;

import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Turns an immutable value made of records into a tree of serializable values and back, so that settings that are
 * not {@link Serializable} themselves (radiomics4j's settings are records holding {@link Optional}s, which Java
 * serialization refuses) can travel with a Spark task. Each record becomes its class name and its components' codes
 * in declaration order; decoding calls the record's canonical constructor, so the decoded value passes the same
 * validation as the original.
 *
 * <p>Handles records, enums, strings, boxed primitives, {@link List}, {@link Set} and {@link Map} (iteration order
 * kept), {@link Optional}, {@link OptionalInt} and {@link OptionalDouble}; anything else is refused when encoding,
 * naming the component's path. {@link #roundTrip} checks that decoding gives a value {@code equals} to the original.
 */
final class RecordCodec {
    private RecordCodec() {
    }

    /** The code of a record: its class and its components' codes. */
    private record RecordCode(String type, List<Serializable> components) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The code of an enum constant. */
    private record EnumCode(String type, String name) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The code of a collection or a map (map entries as key, value, key, value ...); kind: L, S or M. */
    private record CollectionCode(char kind, List<Serializable> items) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The code of an optional value; kind: O (Optional), I (OptionalInt) or D (OptionalDouble); value null if empty. */
    private record OptionalCode(char kind, Serializable value) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * The serializable code of {@code value} that {@link #decode} turns back into an equal value.
     *
     * @throws IllegalArgumentException naming the component path if a component has a type this codec does not
     *     handle, or if decoding the code does not give an equal value
     */
    static Serializable roundTrip(Object value) {
        Serializable code = encode(value, value.getClass().getSimpleName());
        Object back = decode(code);
        if (!back.equals(value)) {
            throw new IllegalArgumentException("cannot ship " + value.getClass().getName() + " to Spark executors: its"
                    + " decoded copy differs from the original (" + back + " vs " + value + ")");
        }
        return code;
    }

    static Serializable encode(Object v, String path) {
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean
                || v instanceof Character) {
            return (Serializable) v;
        }
        if (v instanceof Enum<?> e) {
            return new EnumCode(e.getDeclaringClass().getName(), e.name());
        }
        if (v instanceof Optional<?> o) {
            return new OptionalCode('O', o.isPresent() ? encode(o.get(), path + ".get") : null);
        }
        if (v instanceof OptionalInt o) {
            return new OptionalCode('I', o.isPresent() ? o.getAsInt() : null);
        }
        if (v instanceof OptionalDouble o) {
            return new OptionalCode('D', o.isPresent() ? o.getAsDouble() : null);
        }
        if (v instanceof Map<?, ?> m) {
            List<Serializable> items = new ArrayList<>();
            m.forEach((k, x) -> {
                items.add(encode(k, path + ".key"));
                items.add(encode(x, path + "[" + k + "]"));
            });
            return new CollectionCode('M', items);
        }
        if (v instanceof Collection<?> c) {
            List<Serializable> items = new ArrayList<>();
            int i = 0;
            for (Object x : c) {
                items.add(encode(x, path + "[" + i++ + "]"));
            }
            return new CollectionCode(v instanceof Set ? 'S' : 'L', items);
        }
        if (v instanceof Record r) {
            List<Serializable> comps = new ArrayList<>();
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                try {
                    rc.getAccessor().setAccessible(true);
                    comps.add(encode(rc.getAccessor().invoke(r), path + "." + rc.getName()));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalArgumentException("cannot read " + path + "." + rc.getName() + ": " + e, e);
                }
            }
            return new RecordCode(r.getClass().getName(), comps);
        }
        throw new IllegalArgumentException("cannot ship " + path + " to Spark executors: type " + v.getClass().getName()
                + " is not a record, enum, string, number, boolean, collection, map or optional");
    }

    static Object decode(Serializable code) {
        if (code instanceof EnumCode e) {
            return enumConstant(load(e.type()), e.name());
        }
        if (code instanceof OptionalCode o) {
            return switch (o.kind()) {
                case 'O' -> Optional.ofNullable(o.value() == null ? null : decode(o.value()));
                case 'I' -> o.value() == null ? OptionalInt.empty() : OptionalInt.of((Integer) o.value());
                default -> o.value() == null ? OptionalDouble.empty() : OptionalDouble.of((Double) o.value());
            };
        }
        if (code instanceof CollectionCode c) {
            if (c.kind() == 'M') {
                Map<Object, Object> m = new LinkedHashMap<>();
                for (int i = 0; i < c.items().size(); i += 2) {
                    m.put(decode(c.items().get(i)), decode(c.items().get(i + 1)));
                }
                return m;
            }
            Collection<Object> out = c.kind() == 'S' ? new LinkedHashSet<>() : new ArrayList<>();
            for (Serializable x : c.items()) {
                out.add(decode(x));
            }
            return out;
        }
        if (code instanceof RecordCode r) {
            Class<?> type = load(r.type());
            RecordComponent[] rcs = type.getRecordComponents();
            Class<?>[] types = new Class<?>[rcs.length];
            Object[] args = new Object[rcs.length];
            for (int i = 0; i < rcs.length; i++) {
                types[i] = rcs[i].getType();
                args[i] = decode(r.components().get(i));
            }
            try {
                Constructor<?> ctor = type.getDeclaredConstructor(types);
                ctor.setAccessible(true);
                return ctor.newInstance(args);
            } catch (InvocationTargetException e) {
                throw new IllegalArgumentException("cannot rebuild " + r.type() + ": " + e.getCause(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException("cannot rebuild " + r.type() + ": " + e, e);
            }
        }
        return code;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, RecordCodec.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("class " + name + " is not on the executor's class path", e);
        }
    }
}
