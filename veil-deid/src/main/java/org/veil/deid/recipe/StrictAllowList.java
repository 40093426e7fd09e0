package org.veil.deid.recipe;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.veil.dicom.dict.StandardDictionary;

/**
 * The built-in allow-list of strict mode ({@link org.veil.deid.engine.UnlistedPolicy#STRICT}): the attributes PS3.15
 * Table E.1-1 does not list that an image needs to stay a valid, displayable and scientifically useful instance —
 * what the SOP instance is, how its pixels are encoded, where they are in space, and how they were acquired.
 * Attributes of the Patient and General Study modules are absent: every one of them that a recipient could need is
 * in Table E.1-1 and therefore handled by the profile, not by this list.
 *
 * <p>A hand-written table: each module cites its PS3.3 section. No entry is an attribute Table E.1-1 lists (those get
 * the profile's action whatever this list says). Text written for people (descriptions, comments, labels,
 * explanations) is left out even where the table does not list it; short technical names such as a coil, kernel or
 * sequence name stay. A test checks the entries against the generated Table E.1-1 and the dictionary.
 */
public final class StrictAllowList {

    /**
     * The allow-listed attributes of one module or macro.
     *
     * @param citation the PS3.3 section, e.g. {@code PS3.3 C.7.6.3 Image Pixel Module}
     * @param keywords PS3.6 keywords
     */
    public record Module(String citation, List<String> keywords) {
        public Module {
            keywords = List.copyOf(keywords);
        }
    }

    private static final List<Module> MODULES = List.of(
            module("PS3.3 C.12.1 SOP Common Module", "SOPClassUID SpecificCharacterSet InstanceNumber"),
            module("PS3.3 C.7.3.1 General Series Module", "Modality SeriesNumber Laterality PatientPosition "
                    + "AnatomicalOrientationType BodyPartExamined SmallestPixelValueInSeries LargestPixelValueInSeries"),
            module("PS3.3 C.7.4.1 Frame of Reference Module", "PositionReferenceIndicator"),
            module("PS3.3 C.7.5.1 General Equipment Module", "Manufacturer ManufacturerModelName SoftwareVersions "
                    + "SpatialResolution PixelPaddingValue PixelPaddingRangeLimit"),
            module("PS3.3 C.7.6.1 General Image Module", "PatientOrientation ImageType AcquisitionNumber "
                    + "ImagesInAcquisition QualityControlImage BurnedInAnnotation RecognizableVisualFeatures "
                    + "LossyImageCompression LossyImageCompressionRatio LossyImageCompressionMethod "
                    + "PresentationLUTShape"),
            module("PS3.3 C.7.6.2 Image Plane Module", "PixelSpacing ImageOrientationPatient ImagePositionPatient "
                    + "SliceThickness SpacingBetweenSlices SliceLocation"),
            module("PS3.3 C.7.6.3 Image Pixel Module", "SamplesPerPixel PhotometricInterpretation Rows Columns "
                    + "BitsAllocated BitsStored HighBit PixelRepresentation PlanarConfiguration PixelAspectRatio "
                    + "SmallestImagePixelValue LargestImagePixelValue PixelData FloatPixelData DoubleFloatPixelData "
                    + "ExtendedOffsetTable ExtendedOffsetTableLengths RedPaletteColorLookupTableDescriptor "
                    + "GreenPaletteColorLookupTableDescriptor BluePaletteColorLookupTableDescriptor "
                    + "RedPaletteColorLookupTableData GreenPaletteColorLookupTableData BluePaletteColorLookupTableData "
                    + "ICCProfile ColorSpace"),
            module("PS3.3 C.7.9 Palette Color Lookup Table Module", "SegmentedRedPaletteColorLookupTableData "
                    + "SegmentedGreenPaletteColorLookupTableData SegmentedBluePaletteColorLookupTableData"),
            module("PS3.3 Table 10-11 SOP Instance Reference Macro (the class of each referenced image, in the "
                    + "reference sequences the profile keeps)", "ReferencedSOPClassUID"),
            module("PS3.3 C.7.6.4 Contrast/Bolus Module", "ContrastBolusRoute ContrastBolusVolume "
                    + "ContrastBolusTotalDose ContrastFlowRate ContrastFlowDuration ContrastBolusIngredient "
                    + "ContrastBolusIngredientConcentration"),
            module("PS3.3 C.7.6.5 Cine Module", "FrameTime FrameTimeVector StartTrim StopTrim "
                    + "RecommendedDisplayFrameRate CineRate FrameDelay ActualFrameDuration"),
            module("PS3.3 C.7.6.6 Multi-frame Module", "NumberOfFrames FrameIncrementPointer StereoPairsPresent"),
            module("PS3.3 C.7.6.16 Multi-frame Functional Groups Module and C.7.6.16.2 macros (Pixel Measures, Frame "
                    + "Content, Plane Position, Plane Orientation, Pixel Value Transformation, Frame VOI LUT)",
                    "SharedFunctionalGroupsSequence PerFrameFunctionalGroupsSequence PixelMeasuresSequence "
                    + "FrameContentSequence FrameAcquisitionNumber StackID InStackPositionNumber "
                    + "TemporalPositionIndex DimensionIndexValues PlanePositionSequence PlaneOrientationSequence "
                    + "PixelValueTransformationSequence FrameVOILUTSequence"),
            module("PS3.3 C.7.6.17 Multi-frame Dimension Module", "DimensionIndexSequence DimensionIndexPointer "
                    + "FunctionalGroupPointer"),
            module("PS3.3 C.11.1 Modality LUT Module", "RescaleIntercept RescaleSlope RescaleType ModalityLUTSequence "
                    + "LUTDescriptor ModalityLUTType LUTData"),
            module("PS3.3 C.11.2 VOI LUT Module", "WindowCenter WindowWidth VOILUTFunction VOILUTSequence"),
            module("PS3.3 C.8.2.1 CT Image Module", "KVP DataCollectionDiameter ReconstructionDiameter "
                    + "DistanceSourceToDetector DistanceSourceToPatient GantryDetectorTilt TableHeight RotationDirection "
                    + "ExposureTime XRayTubeCurrent Exposure ExposureInuAs FilterType GeneratorPower FocalSpots "
                    + "ConvolutionKernel RevolutionTime SingleCollimationWidth TotalCollimationWidth TableSpeed "
                    + "TableFeedPerRotation SpiralPitchFactor CTDIvol ReconstructionTargetCenterPatient "
                    + "DataCollectionCenterPatient ScanOptions"),
            module("PS3.3 C.8.3.1 MR Image Module", "ScanningSequence SequenceVariant MRAcquisitionType "
                    + "RepetitionTime EchoTime EchoTrainLength InversionTime TriggerTime SequenceName AngioFlag "
                    + "NumberOfAverages ImagingFrequency ImagedNucleus EchoNumbers MagneticFieldStrength "
                    + "NumberOfPhaseEncodingSteps PercentSampling PercentPhaseFieldOfView PixelBandwidth NominalInterval "
                    + "BeatRejectionFlag LowRRValue HighRRValue IntervalsAcquired IntervalsRejected PVCRejection "
                    + "SkipBeats HeartRate CardiacNumberOfImages TriggerWindow ReceiveCoilName TransmitCoilName "
                    + "AcquisitionMatrix InPlanePhaseEncodingDirection FlipAngle SAR VariableFlipAngleFlag dBdt "
                    + "TemporalPositionIdentifier NumberOfTemporalPositions TemporalResolution"),
            module("PS3.3 C.8.9.1 PET Series Module", "Units CountsSource SeriesType CorrectedImage "
                    + "RandomsCorrectionMethod DecayCorrection ReconstructionMethod AttenuationCorrectionMethod "
                    + "ScatterCorrectionMethod AxialAcceptance AxialMash TransverseMash DetectorElementSize "
                    + "CoincidenceWindowWidth NumberOfSlices NumberOfTimeSlices CollimatorType EnergyWindowRangeSequence "
                    + "EnergyWindowLowerLimit EnergyWindowUpperLimit"),
            module("PS3.3 C.8.9.2 PET Isotope Module", "RadiopharmaceuticalInformationSequence Radiopharmaceutical "
                    + "RadionuclideTotalDose RadionuclideHalfLife RadionuclidePositronFraction RadionuclideCodeSequence "
                    + "RadiopharmaceuticalCodeSequence"),
            module("PS3.3 C.8.9.4 PET Image Module", "DecayFactor DoseCalibrationFactor ScatterFractionFactor "
                    + "DeadTimeFactor FrameReferenceTime ImageIndex SliceSensitivityFactor "
                    + "PrimaryPromptsCountsAccumulated"),
            module("PS3.3 C.8.4.6 NM/PET Patient Orientation Module", "PatientOrientationCodeSequence "
                    + "PatientOrientationModifierCodeSequence PatientGantryRelationshipCodeSequence"),
            module("PS3.3 Table 8.8-1 Code Sequence Macro (the codes in the sequences above)", "CodeValue "
                    + "CodingSchemeDesignator CodingSchemeVersion CodeMeaning"),
            module("PS3.3 C.8.5.5 US Region Calibration Module", "SequenceOfUltrasoundRegions RegionSpatialFormat "
                    + "RegionDataType RegionFlags RegionLocationMinX0 RegionLocationMinY0 RegionLocationMaxX1 "
                    + "RegionLocationMaxY1 ReferencePixelX0 ReferencePixelY0 PhysicalUnitsXDirection "
                    + "PhysicalUnitsYDirection ReferencePixelPhysicalValueX ReferencePixelPhysicalValueY PhysicalDeltaX "
                    + "PhysicalDeltaY TransducerFrequency PulseRepetitionFrequency DopplerCorrectionAngle SteeringAngle"),
            module("PS3.3 C.8.5.6 US Image Module", "NumberOfStages NumberOfViewsInStage UltrasoundColorDataPresent "
                    + "MechanicalIndex BoneThermalIndex CranialThermalIndex SoftTissueThermalIndex DepthOfScanField "
                    + "TransducerType"),
            module("PS3.3 C.8.1.2 CR Image Module and C.8.11.3 DX Image Module", "ViewPosition ImagerPixelSpacing "
                    + "Sensitivity PresentationIntentType PixelIntensityRelationship PixelIntensityRelationshipSign "
                    + "EstimatedRadiographicMagnificationFactor ExposureIndex TargetExposureIndex DeviationIndex"),
            module("PS3.3 C.8.6.1 SC Equipment Module", "ConversionType"));

    private static final Set<String> KEYWORDS = keywords(MODULES);
    private static final Set<Integer> TAGS = tags(KEYWORDS);

    private StrictAllowList() {
    }

    /** The modules in the order above, each with its keywords. */
    public static List<Module> modules() {
        return MODULES;
    }

    /** Every keyword of the list. */
    public static Set<String> keywords() {
        return KEYWORDS;
    }

    /** Every tag of the list, as {@link org.veil.deid.engine.DeidConfig#allowList()} takes them. */
    public static Set<Integer> tags() {
        return TAGS;
    }

    private static Module module(String citation, String keywords) {
        return new Module(citation, List.of(keywords.split(" ")));
    }

    private static Set<String> keywords(List<Module> modules) {
        Set<String> all = new LinkedHashSet<>();
        for (Module m : modules) {
            all.addAll(m.keywords());
        }
        return java.util.Collections.unmodifiableSet(all);
    }

    private static Set<Integer> tags(Set<String> keywords) {
        List<Integer> tags = new ArrayList<>();
        for (String k : keywords) {
            int tag = StandardDictionary.tag(k);
            if (tag == -1) {
                throw new IllegalStateException("StrictAllowList keyword " + k + " is not in the dictionary");
            }
            tags.add(tag);
        }
        return Set.copyOf(tags);
    }
}
