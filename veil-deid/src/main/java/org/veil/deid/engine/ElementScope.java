package org.veil.deid.engine;

import org.veil.dicom.TagPath;
import org.veil.dicom.data.Dataset;
import org.veil.dicom.data.DatasetView;

/** Where an element is being processed: its instance, the data set (or item) holding it, and its tag path. */
final class ElementScope {
    private final InstanceContext instance;
    private final Dataset dataset;
    private final TagPath path;

    ElementScope(InstanceContext instance, Dataset dataset, TagPath path) {
        this.instance = instance;
        this.dataset = dataset;
        this.path = path;
    }

    InstanceContext instance() {
        return instance;
    }

    Dataset dataset() {
        return dataset;
    }

    DatasetView view() {
        return DatasetView.of(dataset);
    }

    TagPath path() {
        return path;
    }
}
