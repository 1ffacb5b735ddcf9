// Geotagged field photos: EXIF, hashes, matching to houses and parcels, storage as related media.
export { readPhotoMetadata, contentTypeOf, DEFAULT_CAMERA_OFFSET, type PhotoMetadata } from './read-photo-metadata';
export { sha256Hex } from './sha256';
export { matchPhotos, readMatchTargets, DEFAULT_MAX_PHOTO_DISTANCE_M, PHOTO_TARGET_TABLES, type MatchTarget, type PhotoMatch, type PhotoTargetTable, type UnmatchedPhoto, type UnmatchedReason, type MatchOptions } from './match-photos';
export { storePhotos, relatePhoto, type PhotoToStore, type StorePhotosOptions, type StoredPhotos } from './store-photos';
export { importPhotos, type PhotoFile, type ImportPhotosOptions, type PhotoImportResult } from './import-photos';
export { photosOfVerification, listPhotos, photoBytes, verifyPhotoHash, type StoredPhotoInfo } from './photo-queries';
