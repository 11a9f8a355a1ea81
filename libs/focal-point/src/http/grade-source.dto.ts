import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsObject, IsString, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { SOURCE_RELIABILITY } from '../case/information-report';

/** A source named as reports name it, or a protected source by the pseudonym the record knows it by. */
export class SourceReferenceDto {
  @ApiProperty({
    required: false,
    description: 'Who the source is; for a protected source it never leaves the request. Omit when giving pseudonym.',
  })
  @ValidateIf((source: SourceReferenceDto) => source.pseudonym === undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  name?: string;

  @ApiProperty({ required: false, description: 'Whether the source is protected (known by pseudonym only). With name.' })
  @ValidateIf((source: SourceReferenceDto) => source.pseudonym === undefined)
  @IsBoolean()
  protected?: boolean;

  @ApiProperty({ required: false, example: 'source-0123456789abcdef', description: 'A protected source’s pseudonym, instead of name.' })
  @ValidateIf((source: SourceReferenceDto) => source.name === undefined)
  @Matches(/^source-[0-9a-f]{16}$/)
  pseudonym?: string;
}

export class GradeSourceDto {
  @ApiProperty({ type: SourceReferenceDto })
  @ValidateNested()
  @Type(() => SourceReferenceDto)
  @IsObject()
  source!: SourceReferenceDto;

  @ApiProperty({ enum: SOURCE_RELIABILITY, description: 'Admiralty source reliability, A (completely reliable) to F (cannot be judged).' })
  @IsIn(SOURCE_RELIABILITY)
  reliability!: (typeof SOURCE_RELIABILITY)[number];

  @ApiProperty({ description: 'Why the source is graded so: kept in its history.' })
  @IsString()
  @MaxLength(10_000)
  reason!: string;
}
