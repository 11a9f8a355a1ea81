import { ApiProperty } from '@nestjs/swagger';
import { CHECKPOINT_KIND } from '../ledger/checkpoint';
import { BUNDLE_FORMAT } from '../ledger/bundle/case-bundle';

export class PublicKeyView {
  @ApiProperty({ enum: ['Ed25519'] }) algorithm!: 'Ed25519';
  @ApiProperty({
    description: 'Hex of the first 16 bytes of SHA-256 over the SubjectPublicKeyInfo (DER); checkpoints name their key by it.',
  })
  keyId!: string;
  @ApiProperty({ description: 'The SubjectPublicKeyInfo, PEM. Pass it to `rtop verify --public-key` to check who signed a bundle.' })
  publicKey!: string;
}

export class CheckpointView {
  @ApiProperty({ enum: [CHECKPOINT_KIND] }) kind!: typeof CHECKPOINT_KIND;
  @ApiProperty({ description: 'Entries in the ledger, in the global order of the accountability context.' }) treeSize!: number;
  @ApiProperty({ description: 'RFC 9162 Merkle tree hash over the entry hashes, hex.' }) rootHash!: string;
  @ApiProperty({ description: 'When it was signed, ISO 8601.' }) timestamp!: string;
  @ApiProperty() keyId!: string;
  @ApiProperty({ description: 'Ed25519 over the RFC 8785 encoding of the other fields, base64.' }) signature!: string;
}

export class ConsistencyProofView {
  @ApiProperty() from!: number;
  @ApiProperty() to!: number;
  @ApiProperty({ description: 'Root of the ledger of `from` entries: compare with the older checkpoint held.' }) fromRootHash!: string;
  @ApiProperty({ description: 'Root of the ledger of `to` entries: compare with the newer checkpoint.' }) toRootHash!: string;
  @ApiProperty({ type: [String], description: 'RFC 9162 section 2.1.4 consistency proof, hex hashes.' }) proof!: string[];
}

export class CaseBundleView {
  @ApiProperty({ enum: [BUNDLE_FORMAT] }) format!: typeof BUNDLE_FORMAT;
  @ApiProperty() caseId!: string;
  @ApiProperty({
    description:
      'Every ledger entry of the case in ledger order: {index, event: {eventId, type, context, streamId, revision, caseId, actor, occurredAt, recordedAt, data}, eventHash, prevHash, entryHash}. Protected-source fields are as stored (pseudonyms, ciphertext).',
  })
  entries!: unknown[];
  @ApiProperty({ description: 'Per entry, {eventId, path}: its RFC 9162 inclusion path in the checkpoint’s tree.' })
  inclusionProofs!: unknown[];
  @ApiProperty({ description: 'Per source stream of the case, {streamId, length, headEventId, headEntryHash}: where its chain ends.' })
  chains!: unknown[];
  @ApiProperty({ type: CheckpointView }) checkpoint!: CheckpointView;
  @ApiProperty({
    description: 'Ed25519 over the RFC 8785 encoding of {kind: "rtop-case-seal/1", caseId, treeSize, rootHash, chains, keyId}, base64.',
  })
  sealSignature!: string;
  @ApiProperty({ type: PublicKeyView }) publicKey!: PublicKeyView;
}
