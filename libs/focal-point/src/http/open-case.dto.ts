import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsBoolean, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { CRIMES } from '@rtop/kernel';

export class CaseCrimeDto {
  @ApiProperty({ enum: CRIMES, description: 'One of the four atrocity crimes; anything else is refused with 400.' })
  @IsString()
  crime!: string;

  @ApiProperty({ required: false, default: false, description: 'Whether incitement to this crime is part of the case.' })
  @IsOptional()
  @IsBoolean()
  incitement?: boolean;
}

export class OpenCaseDto {
  @ApiProperty({ example: 'Kenya, post-election violence' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  situation!: string;

  @ApiProperty({ type: [CaseCrimeDto] })
  @ValidateNested({ each: true })
  @Type(() => CaseCrimeDto)
  @ArrayMinSize(1)
  @IsObject({ each: true })
  crimes!: CaseCrimeDto[];

  @ApiProperty()
  @IsString()
  @MaxLength(10_000)
  summary!: string;
}
