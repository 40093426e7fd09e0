package org.veil.testkit;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.lang.runtime.ObjectMethods;

/**
 * The {@code equals} and {@code hashCode} a record would get from the compiler, for records that write theirs out
 * (to avoid linking {@link ObjectMethods} at run time): a test compares the written methods with these, so a new
 * component or a changed formula fails it.
 */
public final class RecordMethods {
    private RecordMethods() {
    }

    /** What the generated {@code hashCode} of this record returns. */
    public static int generatedHashCode(Record r) {
        try {
            return (int) method(r.getClass(), "hashCode", MethodType.methodType(int.class, r.getClass())).invoke(r);
        } catch (Throwable e) {
            throw new AssertionError("cannot link the generated hashCode of " + r.getClass().getName(), e);
        }
    }

    /** What the generated {@code equals} of record {@code a} returns for {@code b}. */
    public static boolean generatedEquals(Record a, Object b) {
        try {
            MethodType type = MethodType.methodType(boolean.class, a.getClass(), Object.class);
            return (boolean) method(a.getClass(), "equals", type).invoke(a, b);
        } catch (Throwable e) {
            throw new AssertionError("cannot link the generated equals of " + a.getClass().getName(), e);
        }
    }

    private static MethodHandle method(Class<?> type, String name, MethodType methodType) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
        RecordComponent[] components = type.getRecordComponents();
        MethodHandle[] getters = new MethodHandle[components.length];
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < components.length; i++) {
            getters[i] = lookup.findGetter(type, components[i].getName(), components[i].getType());
            names.append(i == 0 ? "" : ";").append(components[i].getName());
        }
        Object site = ObjectMethods.bootstrap(lookup, name, methodType, type, names.toString(), getters);
        return ((java.lang.invoke.CallSite) site).dynamicInvoker();
    }
}
