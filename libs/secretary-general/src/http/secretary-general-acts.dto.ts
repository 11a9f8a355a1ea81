import { ApiProperty } from '@nestjs/swagger';
import { IsArray, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { RECOMMENDATION_RECIPIENTS } from '../case/recipients';

export class NotifyCouncilUnderArticle99Dto {
  @ApiProperty({
    description:
      'The matter which, in the Secretary-General’s opinion, may threaten international peace and security (Art. 99). No assessment is needed first.',
    example: 'Organised attacks on civilians in the Rift Valley may threaten international peace and security',
  })
  @IsString()
  @MaxLength(10_000)
  summary!: string;
}

export class OfferGoodOfficesDto {
  @ApiProperty({
    type: [String],
    description: 'The parties the good offices are offered to, each once; parties that are not states may be named.',
    example: ['Government of Kenya (PNU)', 'Orange Democratic Movement'],
  })
  @IsArray()
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  @IsNotEmpty({ each: true })
  parties!: string[];

  @ApiProperty({ description: 'What the good offices are for.' })
  @IsString()
  @MaxLength(10_000)
  mandate!: string;
}

export class AppointSpecialEnvoyDto {
  @ApiProperty({ description: 'The good offices the envoy carries: an offer already made on this case (else 404).' })
  @IsString()
  @IsNotEmpty()
  offerId!: string;

  @ApiProperty({ description: 'The envoy’s name.', example: 'A. Envoy' })
  @IsString()
  @MaxLength(500)
  envoy!: string;

  @ApiProperty({ description: 'The envoy’s mandate.' })
  @IsString()
  @MaxLength(10_000)
  mandate!: string;
}

export class RecommendToAnOrganDto {
  @ApiProperty({
    enum: RECOMMENDATION_RECIPIENTS,
    description: 'The intergovernmental organ the recommendation is put to; any other is refused with 400.',
  })
  @IsString()
  recipient!: string;

  @ApiProperty({ description: 'What is recommended.' })
  @IsString()
  @MaxLength(20_000)
  content!: string;

  @ApiProperty({
    type: [String],
    required: false,
    description: 'The standing group’s tabled options the recommendation puts forward; an option not tabled on this case answers 404.',
  })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  optionIds?: string[];
}

export class FindVergeOfManifestFailureDto {
  @ApiProperty({
    description:
      'The received assessment the finding rests on. It must put at least one crime at high or very-high risk, else 422 (verge-of-manifest-failure-rests-on-high-risk).',
  })
  @IsString()
  @IsNotEmpty()
  assessmentId!: string;

  @ApiProperty({ description: 'Why national authorities are at the verge of manifestly failing to protect their populations.' })
  @IsString()
  @MaxLength(20_000)
  reasons!: string;
}
